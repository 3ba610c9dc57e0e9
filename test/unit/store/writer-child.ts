// Child process for open.test.ts: another program in the middle of a write to the new database
// file (holding SQLite's reserved lock), as a second Moderato creating it is. Prints "writing"
// once it holds the lock, and commits after the given milliseconds.
import Database from 'better-sqlite3';

const [path, ms] = [process.argv[2]!, Number(process.argv[3])];
const db = new Database(path);
db.exec('BEGIN IMMEDIATE');
db.exec('CREATE TABLE elsewhere (x)');
process.stdout.write('writing\n');
setTimeout(() => {
  db.exec('COMMIT');
  db.close();
}, ms);
