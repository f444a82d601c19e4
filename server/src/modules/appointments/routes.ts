// The appointments API (schemas.ts lists every route with its policy and the rules). Handlers parse, call the service
// and present; who may see or change which client is decided in clients/access.ts, called by the service.
import type { FastifyPluginAsync, FastifyReply } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { AppDeps } from "../../app.ts";
import { unauthorized } from "../../platform/errors.ts";
import type { Actor, RoutePolicy } from "../../platform/permissions.ts";
import { ErrorResponseSchema } from "../addenda/schemas.ts";
import { contentDisposition } from "../attachments/files.ts";
import * as s from "./schemas.ts";
import {
  appointmentCalendar,
  changeAppointment,
  createAppointment,
  listAppointments,
  recordAttendance,
  upcomingCalendar,
  type CalendarFile,
} from "./service.ts";

const readPolicy: RoutePolicy = { access: "signed-in", permission: "client:read" };
const workPolicy: RoutePolicy = { access: "signed-in", permission: "client:work" };

const readErrors = { 401: ErrorResponseSchema, 403: ErrorResponseSchema, 404: ErrorResponseSchema };
const changeErrors = { 400: ErrorResponseSchema, ...readErrors };
const calendarResponse = {
  200: { type: "string", description: "An iCalendar file (text/calendar)" } as const,
  ...readErrors,
  409: ErrorResponseSchema,
};

function actorOf(request: { actor: Actor | null }): Actor {
  if (request.actor === null) throw unauthorized();
  return request.actor;
}

function sendCalendar(reply: FastifyReply, file: CalendarFile): FastifyReply {
  return reply
    .header("content-type", "text/calendar; charset=utf-8")
    .header("content-disposition", contentDisposition(file.filename))
    .header("cache-control", "private, no-store")
    .header("x-content-type-options", "nosniff")
    .send(file.content);
}

export function appointmentRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (instance) => {
    const app = instance.withTypeProvider<TypeBoxTypeProvider>();
    const tags = ["appointments"];

    app.get(
      "/trajectories/:trajectoryId/appointments",
      {
        config: { policy: readPolicy },
        schema: {
          tags,
          summary: "The trajectory's appointments, upcoming and past, with the attendance counts",
          params: s.TrajectoryIdParams,
          response: { 200: s.AppointmentList, ...readErrors },
        },
      },
      async (request) => listAppointments(deps, actorOf(request), request.params.trajectoryId),
    );

    app.get(
      "/trajectories/:trajectoryId/appointments/ics",
      {
        config: { policy: readPolicy },
        schema: {
          tags,
          summary: "Every upcoming appointment of the trajectory as one iCalendar file (409 when there is none)",
          params: s.TrajectoryIdParams,
          response: calendarResponse,
        },
      },
      async (request, reply) =>
        sendCalendar(reply, await upcomingCalendar(deps, actorOf(request), request.params.trajectoryId)),
    );

    app.post(
      "/trajectories/:trajectoryId/appointments",
      {
        config: { policy: workPolicy },
        schema: {
          tags,
          summary: "Plan an appointment (Brussels date and times; a neutral title, since it goes into calendars)",
          params: s.TrajectoryIdParams,
          body: s.AppointmentBody,
          response: { 201: s.AppointmentView, ...changeErrors },
        },
      },
      async (request, reply) => {
        const view = await createAppointment(deps, actorOf(request), request.params.trajectoryId, request.body);
        return reply.status(201).send(view);
      },
    );

    app.put(
      "/appointments/:appointmentId",
      {
        config: { policy: workPolicy },
        schema: {
          tags,
          summary: "Change an appointment; a change a calendar shows raises its iCalendar SEQUENCE",
          params: s.AppointmentIdParams,
          body: s.AppointmentBody,
          response: { 200: s.AppointmentView, ...changeErrors },
        },
      },
      async (request) => changeAppointment(deps, actorOf(request), request.params.appointmentId, request.body),
    );

    app.put(
      "/appointments/:appointmentId/attendance",
      {
        config: { policy: workPolicy },
        schema: {
          tags,
          summary: "Record attendance (planned, present, absent, cancelled) with a note",
          params: s.AppointmentIdParams,
          body: s.AttendanceBody,
          response: { 200: s.AppointmentView, ...changeErrors },
        },
      },
      async (request) => recordAttendance(deps, actorOf(request), request.params.appointmentId, request.body),
    );

    app.get(
      "/appointments/:appointmentId/ics",
      {
        config: { policy: readPolicy },
        schema: {
          tags,
          summary: "The appointment as an iCalendar file (a cancellation once cancelled)",
          params: s.AppointmentIdParams,
          response: calendarResponse,
        },
      },
      async (request, reply) =>
        sendCalendar(reply, await appointmentCalendar(deps, actorOf(request), request.params.appointmentId)),
    );
  };
}
