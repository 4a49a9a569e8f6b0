/**
 * Names in their own script: the UN list gives most names also as written in Arabic, Persian,
 * Chinese or Cyrillic (NAME_ORIGINAL_SCRIPT), read as aliases (lists/un.ts), so a customer's name
 * typed in that script finds the entry. Arabic letters written more than one way are one letter
 * (normalize.ts, ARABIC: ta marbuta, alif maqsura, the Persian yeh and kaf, hamza on alif, vowel
 * marks, the tatweel). Before, such a query found nothing at all.
 */
import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/screening/normalize.ts';
import { Screener } from '../../../src/screening/screener.ts';
import { entry, snapshot } from './entries.ts';

const screener = new Screener([
  snapshot([
    entry('1', 'individual', 'SADDAM HUSSEIN AL-TIKRITI', ['صدام حسين التكريتي']),
    entry('2', 'individual', 'QUSAY SADDAM HUSSEIN AL-TIKRITI', ['قصي صدام حسين التكريتي']),
    entry('3', 'entity', 'ISLAMIC STATE IN IRAQ AND THE LEVANT', ['الدولة الإسلامية في العراق والشام']),
  ]),
]);
const top = (name: string) => screener.screen({ name })[0];

describe('names in their original script', () => {
  it('finds a listed name from the same name typed in Arabic script', () => {
    expect(top('صدام حسين التكريتي')).toMatchObject({ entry_id: '1', score: 1 });
    expect(top('قصي صدام حسين التكريتي')).toMatchObject({ entry_id: '2', score: 1 });
    expect(top('الدولة الإسلامية في العراق والشام')).toMatchObject({ entry_id: '3', score: 1 });
    expect(top('صدام حسين التكريتي')!.explanation).toContain('"صدام حسين التكريتي"');
  });

  it('reads Arabic letters written more than one way as one letter', () => {
    // Shadda on the dal, the Persian yeh, an alif maqsura for the final yeh, a tatweel.
    expect(top('صدّام حسین التكريتى')).toMatchObject({ entry_id: '1', score: 1 });
    expect(top('صـدام حسين التكريتي')).toMatchObject({ entry_id: '1', score: 1 });
    expect(foldText('الدولة الإسلامية')).toBe(foldText('الدوله الاسلاميه'));
  });

  it('finds nothing for a name in Arabic script that is on no list', () => {
    expect(top('محمود درويش')).toBeUndefined();
  });
});
