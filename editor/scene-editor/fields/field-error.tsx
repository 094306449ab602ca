/** An error in words under a field, linked to it with aria-describedby (its id), marked with an icon and text, not colour only. */
export const FieldError = ({ id, message }: { id: string; message: string | null | undefined }) =>
  message ? (
    <p id={id} className="field-error">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  ) : null
