// The alignment editor's keys in one table: the key handler looks commands up here and the page's
// shortcut list is drawn from it, so the help cannot drift from what the keys do.

export type Command =
  | 'prevRow'
  | 'nextRow'
  | 'firstRow'
  | 'lastRow'
  | 'sideId'
  | 'sideEn'
  | 'prevParagraph'
  | 'nextParagraph'
  | 'merge'
  | 'split'
  | 'moveUp'
  | 'moveDown'
  | 'detach'
  | 'confirm'
  | 'confirmThrough'
  | 'next'
  | 'realign'
  | 'edit'
  | 'useMatch1'
  | 'useMatch2'
  | 'useMatch3'
  | 'join'
  | 'status'
  | 'undo'
  | 'redo';

/** `ctrl` is Ctrl or ⌘; letters are matched as typed, so 'C' is Shift+C. */
interface Binding {
  key: string;
  command: Command;
  alt?: boolean;
  ctrl?: boolean;
  shift?: boolean;
}

/** One line of the help: the keys as shown, the message key (Editor.keys.*) and the bindings. */
export interface KeyGroup {
  shown: string;
  help: string;
  bindings: Binding[];
}

export const keymap: KeyGroup[] = [
  {
    shown: '↑ ↓',
    help: 'rows',
    bindings: [
      {key: 'ArrowUp', command: 'prevRow'},
      {key: 'ArrowDown', command: 'nextRow'},
    ],
  },
  {
    shown: 'Home End',
    help: 'ends',
    bindings: [
      {key: 'Home', command: 'firstRow'},
      {key: 'End', command: 'lastRow'},
    ],
  },
  {
    shown: '← →',
    help: 'sides',
    bindings: [
      {key: 'ArrowLeft', command: 'sideId'},
      {key: 'ArrowRight', command: 'sideEn'},
    ],
  },
  {
    shown: '[ ]',
    help: 'paragraphs',
    bindings: [
      {key: '[', command: 'prevParagraph'},
      {key: ']', command: 'nextParagraph'},
    ],
  },
  {shown: 'm', help: 'merge', bindings: [{key: 'm', command: 'merge'}]},
  {shown: 's', help: 'split', bindings: [{key: 's', command: 'split'}]},
  {shown: 'Alt+↑', help: 'moveUp', bindings: [{key: 'ArrowUp', alt: true, command: 'moveUp'}]},
  {shown: 'Alt+↓', help: 'moveDown', bindings: [{key: 'ArrowDown', alt: true, command: 'moveDown'}]},
  {shown: 'n', help: 'detach', bindings: [{key: 'n', command: 'detach'}]},
  {shown: 'c', help: 'confirm', bindings: [{key: 'c', command: 'confirm'}]},
  {shown: 'C', help: 'confirmThrough', bindings: [{key: 'C', command: 'confirmThrough'}]},
  {shown: 'g', help: 'next', bindings: [{key: 'g', command: 'next'}]},
  {shown: 'r', help: 'realign', bindings: [{key: 'r', command: 'realign'}]},
  {
    shown: 'e Enter',
    help: 'edit',
    bindings: [
      {key: 'e', command: 'edit'},
      {key: 'Enter', command: 'edit'},
    ],
  },
  {
    shown: '1 2 3',
    help: 'useMatch',
    bindings: [
      {key: '1', command: 'useMatch1'},
      {key: '2', command: 'useMatch2'},
      {key: '3', command: 'useMatch3'},
    ],
  },
  {shown: 'J', help: 'join', bindings: [{key: 'J', command: 'join'}]},
  {shown: 'P', help: 'publish', bindings: [{key: 'P', command: 'status'}]},
  {shown: 'Ctrl+Z', help: 'undo', bindings: [{key: 'z', ctrl: true, command: 'undo'}]},
  {
    shown: 'Ctrl+Shift+Z Ctrl+Y',
    help: 'redo',
    bindings: [
      {key: 'z', ctrl: true, shift: true, command: 'redo'},
      {key: 'y', ctrl: true, command: 'redo'},
    ],
  },
];

/** The commands with a button of their own, in the toolbar's order. */
export const TOOLBAR = [
  'merge',
  'split',
  'moveUp',
  'moveDown',
  'detach',
  'confirm',
  'confirmThrough',
  'next',
  'realign',
  'edit',
  'join',
  'undo',
  'redo',
] as const satisfies readonly Command[];
export type ToolbarCommand = (typeof TOOLBAR)[number];

/** The commands that act on a row's alignment: a text in one language has none. */
export const ROW_COMMANDS = new Set<Command>([
  'merge',
  'split',
  'moveUp',
  'moveDown',
  'detach',
  'confirm',
  'confirmThrough',
  'next',
  'realign',
]);

const bindings = keymap.flatMap((g) => g.bindings);

/** The command a key press asks for, or null. */
type KeyPress = {key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean};

export function commandFor(event: KeyPress): Command | null {
  const ctrl = event.ctrlKey || event.metaKey;
  const found = bindings.find((b) => {
    if (!!b.ctrl !== ctrl || !!b.alt !== event.altKey) return false;
    // With Ctrl, Shift is a modifier of its own (Ctrl+Shift+Z may report 'Z'); without, it is in the key.
    return ctrl ? b.key === event.key.toLowerCase() && !!b.shift === event.shiftKey : b.key === event.key;
  });
  return found?.command ?? null;
}

/** The keys that run a command, as `aria-keyshortcuts` spells them. */
export function shortcutsOf(command: Command): string {
  const names: Record<string, string> = {C: 'Shift+C', J: 'Shift+J', P: 'Shift+P'};
  return bindings
    .filter((b) => b.command === command)
    .map((b) => [b.ctrl && 'Control', b.alt && 'Alt', b.shift && 'Shift', names[b.key] ?? b.key])
    .map((parts) => parts.filter(Boolean).join('+'))
    .join(' ');
}
