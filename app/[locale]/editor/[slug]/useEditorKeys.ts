'use client';

// The editor's keyboard: keys run commands through the keymap, and the grid keeps focus on the
// cursor's row (roving focus) once it has the keyboard.
import {type RefObject, useEffect, useLayoutEffect} from 'react';
import {type Command, commandFor} from './keymap';

export function useEditorKeys(options: {
  enabled: boolean;
  run: (command: Command) => boolean;
  grid: RefObject<HTMLDivElement | null>;
  row: number;
}) {
  const {enabled, run, grid, row} = options;

  useEffect(() => {
    const element = grid.current?.querySelector<HTMLElement>(`.erow[data-row="${row}"]`);
    element?.scrollIntoView({block: 'nearest'});
    if (
      element &&
      grid.current?.contains(document.activeElement) &&
      document.activeElement !== element &&
      !document.activeElement?.closest('textarea, input, button')
    )
      element.focus({preventScroll: true});
  }, [row, grid]);

  // Bound in a layout effect, i.e. in the same commit that shows an edit's result: bound after paint,
  // a key pressed in between would run the previous handler with the previous revision.
  useLayoutEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!enabled) return;
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, a, button:not([data-command])')) return;
      // A toolbar button keeps Enter and Space for itself.
      if (target.closest('button') && (event.key === 'Enter' || event.key === ' ')) return;
      const command = commandFor(event);
      if (command && run(command)) event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, run]);
}
