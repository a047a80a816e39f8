/** A link to copy by hand: its label and a read-only field that selects all of it when focused. */
export function LinkField({ id, label, link }: { id: string; label: string; link: string }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="code-text"
        readOnly
        value={link}
        onFocus={(e) => e.currentTarget.select()}
      />
    </>
  );
}
