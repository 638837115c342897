// Redraws the README's table of the editor's keys from the keymap (app/[locale]/editor/[slug]/keymap.ts).
import {readFileSync, writeFileSync} from 'node:fs';
import {keysTable, withKeysTable} from '../../app/[locale]/editor/[slug]/keysTable';
import en from '../../messages/en.json' with {type: 'json'};

const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', withKeysTable(readme, keysTable(en.Editor.keys)));
