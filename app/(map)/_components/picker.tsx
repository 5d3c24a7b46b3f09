'use client';
// A searchable choice among many (an actor, a source): type to narrow, arrows and Enter or a click to pick.
// A <select> of 10,000 articles can only be scrolled; this offers the best few dozen matches of what is typed.
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { matchOptions, prepareOptions, type PickOption, type PreparedOption } from './pick-options';

/** Options listed at once: enough to scroll through, few enough to render on every keystroke. */
const SHOWN = 50;

/**
 * An ARIA combobox over `options`. Closed, it shows the chosen option's label, or `allLabel` as a placeholder
 * when none is chosen. Open, the first row offers `allLabel` (choosing it clears the choice) until something
 * is typed.
 */
export function Picker({
  label,
  allLabel,
  options,
  value,
  onChange,
}: {
  label: string;
  allLabel: string;
  options: readonly PickOption[];
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const prepared = useMemo(() => prepareOptions(options), [options]);
  const chosen = useMemo(() => (value === null ? null : (prepared.find((o) => o.id === value) ?? null)), [prepared, value]);
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  const { shown, total } = useMemo(() => (open ? matchOptions(prepared, typed, SHOWN) : { shown: [], total: 0 }), [open, prepared, typed]);
  // the "all" row clears the choice; offered while nothing is typed
  const rows: Array<PreparedOption | null> = typed.trim() === '' ? [null, ...shown] : shown;
  const activeRow = Math.min(active, rows.length - 1);
  const rowId = (i: number) => `${id}-option-${i}`;
  // the row the arrows reach stays in sight as the list scrolls
  useEffect(() => {
    if (open) document.getElementById(`${id}-option-${activeRow}`)?.scrollIntoView({ block: 'nearest' });
  }, [id, open, activeRow]);

  const openWith = (text: string) => {
    setTyped(text);
    setOpen(true);
    // start on the chosen option when it is listed, so Enter keeps it
    const at = text === '' && chosen ? matchOptions(prepared, '', SHOWN).shown.indexOf(chosen) : -1;
    setActive(at >= 0 ? at + 1 : 0);
  };
  const close = () => {
    setOpen(false);
    setTyped('');
  };
  const choose = (row: PreparedOption | null) => {
    close();
    if ((row?.id ?? null) !== value) onChange(row?.id ?? null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return openWith('');
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((activeRow + step + rows.length) % Math.max(1, rows.length));
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      if (rows.length > 0) choose(rows[activeRow] ?? null);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      close();
    }
  };

  return (
    <div className="mw-picker">
      <label htmlFor={`${id}-input`}>{label}</label>
      <div className="mw-picker-box">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && rows.length > 0 ? rowId(activeRow) : undefined}
          placeholder={allLabel}
          value={open ? typed : (chosen?.label ?? '')}
          // typing replaces the chosen label rather than adding to it
          onFocus={(e) => e.target.select()}
          onClick={() => !open && openWith('')}
          onChange={(e) => {
            setTyped(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        {chosen && !open && (
          <button type="button" className="mw-picker-clear" aria-label={`Clear ${label.toLowerCase()}`} onClick={() => choose(null)}>
            ×
          </button>
        )}
      </div>
      {open && (
        <div className="mw-picker-pop">
          <ul id={listId} role="listbox" aria-label={label}>
            {rows.map((row, i) => (
              <li
                key={row?.id ?? ''}
                id={rowId(i)}
                role="option"
                aria-selected={i === activeRow}
                data-option={row?.id ?? ''}
                // keep the focus in the box, so that its blur does not close the list before the click lands
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(row)}
              >
                {row === null ? (
                  <span className="mw-muted">{allLabel}</span>
                ) : (
                  <>
                    {row.label}
                    {row.detail && <span className="mw-picker-detail">{row.detail}</span>}
                  </>
                )}
              </li>
            ))}
          </ul>
          <p className="mw-picker-note" role="status">
            {rows.length === 0 ? 'No match' : total > shown.length ? `${total - shown.length} more: type to narrow` : ''}
          </p>
        </div>
      )}
    </div>
  );
}
