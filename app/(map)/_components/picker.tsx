'use client';
// A searchable choice among many (an actor, a source): type to narrow, arrows and Enter or a click to pick.
// A <select> of 10,000 articles can only be scrolled; this offers the best few dozen matches of what is typed.
import { useDeferredValue, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { foldName } from '@/lib/geo/fold-name';
import { matchOptions, prepareOptions, type PickOption, type PreparedOption } from './pick-options';

/** Options listed at once: enough to scroll through, few enough to render on every keystroke. */
const SHOWN = 50;
/** Tallest the list grows, in pixels (16rem at the default font size), when there is room for it. */
const LIST_MAX_HEIGHT = 256;
/** Shortest the list is made, in pixels (about three rows): on a window too short for that it overflows. */
const LIST_MIN_HEIGHT = 96;
/** Room kept beside the list for its note ("240 more: type to narrow") and a margin, in pixels. */
const NOTE_ROOM = 28;
/** Room below the box that is always enough: the list opens upward only when less is left and more is above. */
const ENOUGH_BELOW = 160;
/** Narrowest the list is made, in pixels: on a panel narrower than that it overflows. */
const LIST_MIN_WIDTH = 160;

/** Where the list opens, how tall it may grow, and how wide (null: as wide as it likes). */
interface ListFit {
  up: boolean;
  maxHeight: number;
  maxWidth: number | null;
}

/**
 * Fits the list to the room beside the picker (the element it is placed against): inside the nearest ancestor
 * that clips or scrolls (the side panel) and inside the visible part of the window (less an on-screen
 * keyboard). Below the picker when that is enough or no less than above; else above it, as a short window
 * (a phone on its side) leaves the picker near the bottom of the panel. No wider than the room to the right of
 * the picker's left edge, where the list starts: a narrow panel would cut it off.
 */
function fitList(picker: HTMLElement): ListFit {
  const at = picker.getBoundingClientRect();
  const view = window.visualViewport;
  let top = view ? view.offsetTop : 0;
  let bottom = view ? view.offsetTop + view.height : window.innerHeight;
  let right = view ? view.offsetLeft + view.width : window.innerWidth;
  for (let p = picker.parentElement; p; p = p.parentElement) {
    if (/^(?:auto|scroll|hidden|clip)$/.test(getComputedStyle(p).overflowY)) {
      const clip = p.getBoundingClientRect();
      top = Math.max(top, clip.top);
      bottom = Math.min(bottom, clip.bottom);
      right = Math.min(right, clip.left + p.clientLeft + p.clientWidth);
      break;
    }
  }
  const below = bottom - at.bottom - NOTE_ROOM;
  const above = at.top - top - NOTE_ROOM;
  const up = below < ENOUGH_BELOW && above > below;
  const maxHeight = Math.max(LIST_MIN_HEIGHT, Math.min(LIST_MAX_HEIGHT, up ? above : below));
  return { up, maxHeight, maxWidth: Math.max(LIST_MIN_WIDTH, Math.floor(right - at.left)) };
}

/**
 * An ARIA combobox over `options`. Closed, it shows the chosen option's label, or `allLabel` as a placeholder
 * when none is chosen. Open with nothing typed, it lists `allLabel` (which clears the choice), the chosen
 * option, then the first options of the list.
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
  const input = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [fit, setFit] = useState<ListFit>({ up: false, maxHeight: LIST_MAX_HEIGHT, maxWidth: null });
  const chosen = useMemo(() => (value === null ? null : (options.find((o) => o.id === value) ?? null)), [options, value]);
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  // folded on first opening, not when the page loads: most visits never open a picker
  const [opened, setOpened] = useState(false);
  const prepared = useMemo(() => (opened ? prepareOptions(options) : null), [opened, options]);
  // the box follows each key at once; the list follows when the browser has time (10,000 options)
  const query = foldName(useDeferredValue(typed));
  const { shown, total } = useMemo(
    () => (prepared ? matchOptions(prepared, query, SHOWN) : { shown: [], total: 0 }),
    [prepared, query],
  );
  const rows = useMemo<Array<PreparedOption | PickOption | null>>(() => {
    if (query !== '') return shown;
    // the chosen option is always offered, so that Enter on reopening keeps it
    const listed = chosen === null || shown.some((o) => o.id === chosen.id);
    return listed ? [null, ...shown] : [null, chosen, ...shown];
  }, [query, shown, chosen]);
  const activeRow = Math.min(active, rows.length - 1);
  const rowId = (i: number) => `${id}-option-${i}`;
  // the row the arrows reach stays in sight as the list scrolls or changes
  useEffect(() => {
    if (open) document.getElementById(`${id}-option-${activeRow}`)?.scrollIntoView({ block: 'nearest' });
  }, [id, open, activeRow, rows]);
  // measured before the list is painted, and again while it is open when the window changes size (or an
  // on-screen keyboard opens) or the panel scrolls under it; scrolling the list itself moves nothing
  useLayoutEffect(() => {
    if (!open) return;
    const refit = (e?: Event) => {
      if (!root.current || (e && e.target === list.current)) return;
      const next = fitList(root.current);
      setFit((fit) => (fit.up === next.up && fit.maxHeight === next.maxHeight && fit.maxWidth === next.maxWidth ? fit : next));
    };
    refit();
    const view = window.visualViewport;
    window.addEventListener('resize', refit);
    window.addEventListener('scroll', refit, { capture: true, passive: true });
    view?.addEventListener('resize', refit);
    return () => {
      window.removeEventListener('resize', refit);
      window.removeEventListener('scroll', refit, { capture: true });
      view?.removeEventListener('resize', refit);
    };
  }, [open]);

  const openList = () => {
    setTyped('');
    setOpen(true);
    setOpened(true);
    setActive(chosen === null ? 0 : 1);
  };
  const close = () => {
    setOpen(false);
    setTyped('');
  };
  // once the box shows the chosen label again, the next key typed replaces it rather than adding to it
  const selectSoon = () => requestAnimationFrame(() => input.current?.select());
  const choose = (row: PickOption | null) => {
    close();
    if ((row?.id ?? null) !== value) onChange(row?.id ?? null);
    selectSoon();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    if ((e.key === 'ArrowUp' && e.altKey) || (e.key === 'Escape' && open)) {
      e.preventDefault();
      // the panel closes on Escape too: this one closes only the list
      e.stopPropagation();
      close();
      selectSoon();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return openList();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((activeRow + step + rows.length) % Math.max(1, rows.length));
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      if (rows.length > 0) choose(rows[activeRow] ?? null);
    }
  };

  const matches = query === '' ? '' : total === 0 ? 'No match' : total === 1 ? 'One match' : `${total} matches`;
  return (
    <div className="mw-picker" ref={root}>
      <label htmlFor={`${id}-input`}>{label}</label>
      <div className="mw-picker-box">
        <input
          ref={input}
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
          aria-activedescendant={open && rows.length > 0 ? rowId(activeRow) : undefined}
          placeholder={allLabel}
          value={open ? typed : (chosen?.label ?? '')}
          // a long title is cut at the box's edge: the whole of it on hover
          title={!open && chosen ? chosen.label : undefined}
          // typing replaces the chosen label rather than adding to it
          onFocus={(e) => e.target.select()}
          onClick={() => !open && openList()}
          onChange={(e) => {
            setTyped(e.target.value);
            setOpen(true);
            setOpened(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        {chosen && !open && (
          <button
            type="button"
            className="mw-picker-clear"
            aria-label={`Clear ${label.toLowerCase()}`}
            onClick={() => {
              choose(null);
              input.current?.focus();
            }}
          >
            ×
          </button>
        )}
      </div>
      {open && (
        // a press anywhere in the list (its scroll bar, a note) keeps the focus in the box, which stays open
        <div
          className={fit.up ? 'mw-picker-pop mw-picker-pop-up' : 'mw-picker-pop'}
          style={fit.maxWidth === null ? undefined : { maxWidth: fit.maxWidth }}
          onMouseDown={(e) => e.preventDefault()}
        >
          <ul ref={list} id={listId} role="listbox" aria-label={label} style={{ maxHeight: fit.maxHeight }}>
            {rows.map((row, i) => (
              <li
                key={row?.id ?? ''}
                id={rowId(i)}
                role="option"
                aria-selected={i === activeRow}
                data-option={row?.id ?? ''}
                onClick={() => choose(row)}
              >
                {row === null ? (
                  <span className="mw-muted">{allLabel}</span>
                ) : (
                  <>
                    {row.label}{' '}
                    {row.detail && <span className="mw-picker-detail">{row.detail}</span>}
                  </>
                )}
              </li>
            ))}
          </ul>
          <p className="mw-picker-note" aria-hidden="true">
            {rows.length === 0 ? 'No match' : total > shown.length ? `${total - shown.length} more: type to narrow` : ''}
          </p>
        </div>
      )}
      {/* always in the page, so that screen readers announce each change of the count */}
      <span className="mw-sr-only" role="status">
        {open ? matches : ''}
      </span>
    </div>
  );
}
