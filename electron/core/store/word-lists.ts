// The user's block and allow lists, stored trimmed and lower-case. A change re-flags nothing
// here: the spam filter rebuilds its engine from the new lists first, then calls reflagAll.
import type { WordLists } from '../../../shared/types';
import { nowIso } from './rows';
import { StorePart } from './store-part';

export class WordListTable extends StorePart {
  getWordLists(): Pick<WordLists, 'block' | 'allow'> {
    const rows = this.cachedStatement('SELECT list, word FROM word_list ORDER BY word').all() as {
      list: 'block' | 'allow';
      word: string;
    }[];
    return {
      block: rows.filter((r) => r.list === 'block').map((r) => r.word),
      allow: rows.filter((r) => r.list === 'allow').map((r) => r.word),
    };
  }

  addWords(list: 'block' | 'allow', words: string[]): Pick<WordLists, 'block' | 'allow'> {
    const stmt = this.cachedStatement('INSERT OR IGNORE INTO word_list (list, word, added_at) VALUES (?, ?, ?)');
    const at = nowIso();
    this.db.transaction(() => {
      for (const w of words) {
        const word = w.trim().toLowerCase();
        if (word !== '') stmt.run(list, word, at);
      }
    })();
    return this.getWordLists();
  }

  removeWords(list: 'block' | 'allow', words: string[]): Pick<WordLists, 'block' | 'allow'> {
    const stmt = this.cachedStatement('DELETE FROM word_list WHERE list = ? AND word = ?');
    this.db.transaction(() => {
      for (const w of words) stmt.run(list, w.trim().toLowerCase());
    })();
    return this.getWordLists();
  }
}
