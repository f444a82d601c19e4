// TanStack Query hooks of a trajectory's appointments (server/src/modules/appointments/schemas.ts lists the routes):
// planning and changing them, recording attendance, and the links of their iCalendar files.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AppointmentBody,
  AppointmentList,
  AppointmentView,
  AttendanceBody,
} from "../../../server/src/modules/appointments/schemas.ts";
import { api, get } from "./client.ts";

export type { AppointmentBody, AppointmentList, AppointmentView, AttendanceBody };

const id = (value: string) => encodeURIComponent(value);
export const appointmentsKey = (trajectoryId: string) => ["trajectories", trajectoryId, "appointments"] as const;

export const useAppointments = (trajectoryId: string | null) =>
  useQuery({
    queryKey: appointmentsKey(trajectoryId ?? ""),
    queryFn: () => get<AppointmentList>(`/api/trajectories/${id(trajectoryId ?? "")}/appointments`),
    enabled: trajectoryId !== null,
    staleTime: 0,
  });

/** The .ics of one appointment (a cancellation once cancelled). */
export const appointmentIcsHref = (appointmentId: string) => `/api/appointments/${id(appointmentId)}/ics`;
/** The .ics of every upcoming appointment of the trajectory that goes on. */
export const upcomingIcsHref = (trajectoryId: string) => `/api/trajectories/${id(trajectoryId)}/appointments/ics`;

function useAppointmentMutation<I>(trajectoryId: string, request: (input: I) => Promise<AppointmentView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => void client.invalidateQueries({ queryKey: appointmentsKey(trajectoryId) }),
  });
}

export const useCreateAppointment = (trajectoryId: string) =>
  useAppointmentMutation(trajectoryId, (body: AppointmentBody) =>
    api<AppointmentView>("POST", `/api/trajectories/${id(trajectoryId)}/appointments`, body),
  );

export const useChangeAppointment = (trajectoryId: string) =>
  useAppointmentMutation(trajectoryId, ({ appointmentId, body }: { appointmentId: string; body: AppointmentBody }) =>
    api<AppointmentView>("PUT", `/api/appointments/${id(appointmentId)}`, body),
  );

export const useRecordAttendance = (trajectoryId: string) =>
  useAppointmentMutation(trajectoryId, ({ appointmentId, body }: { appointmentId: string; body: AttendanceBody }) =>
    api<AppointmentView>("PUT", `/api/appointments/${id(appointmentId)}/attendance`, body),
  );
