import { useState, type ReactNode } from 'react';

type Props = {
  /** what was dropped; not called while `isDisabled` */
  onDrop: (data: DataTransfer) => void;
  isDisabled?: boolean;
  children: ReactNode;
};

/** An area files (and folders) can be dragged onto; it shows when something is held over it. */
export function DropZone({ onDrop, isDisabled = false, children }: Props) {
  const [isOver, setIsOver] = useState(false);
  return (
    <div
      className={isOver ? 'drop-zone drop-zone--over' : 'drop-zone'}
      onDragOver={(event) => {
        event.preventDefault();
        setIsOver(true);
      }}
      onDragLeave={() => setIsOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setIsOver(false);
        if (!isDisabled) onDrop(event.dataTransfer);
      }}
    >
      {children}
    </div>
  );
}
