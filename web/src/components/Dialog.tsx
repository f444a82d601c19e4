// A modal dialog on the native <dialog> element: the browser traps the focus, makes the page behind it inert and
// closes it on Escape; focus returns to the control that opened it.
import { Button, Group, Title } from "@mantine/core";
import { useEffect, useId, useRef } from "react";

export function Dialog({
  open,
  onClose,
  title,
  closeLabel,
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  closeLabel: string;
  children: React.ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="brug-dialog"
      aria-labelledby={titleId}
      onClose={() => {
        onClose();
        if (opener.current instanceof HTMLElement) opener.current.focus();
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it, as people expect.
        if (event.target === ref.current) ref.current?.close();
      }}
    >
      {open && (
        <div className="brug-dialog-content">
          <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
            <Title order={2} size="h3" id={titleId}>
              {title}
            </Title>
            <Button variant="default" size="xs" style={{ flexShrink: 0 }} onClick={() => ref.current?.close()}>
              {closeLabel}
            </Button>
          </Group>
          {children}
        </div>
      )}
    </dialog>
  );
}
