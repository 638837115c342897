// The shared paragraph-alignment development set (../shared/align/dev): each case's lines and gold links.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

export interface DevCase {
  name: string;
  id: string[];
  en: string[];
  links: {id: number[]; en: number[]}[];
}

export function readDevCases(devDir: string): DevCase[] {
  return readdirSync(devDir).map((name) => {
    const read = (f: string) => readFileSync(path.join(devDir, name, f), 'utf8');
    const gold = JSON.parse(read('gold.json')) as {links: DevCase['links']};
    return {name, id: read('ID.txt').split('\n'), en: read('EN.txt').split('\n'), links: gold.links};
  });
}
