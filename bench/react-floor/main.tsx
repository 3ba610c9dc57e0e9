// The least a React app can do on a cold load: the same React and react-dom as the app,
// twenty rows of text, nothing fetched. bench/ui.ts measures it beside the app, as the
// machine's floor for "first queue row" with the UI library the project is built on.
import { createRoot } from 'react-dom/client';

const rows = Array.from({ length: 20 }, (_, i) => ({ id: i, author: `Reader ${i}`, text: `A comment, number ${i}, as short as a row shows it.` }));

createRoot(document.getElementById('root')!).render(
  <div role="listbox" aria-label="Comments">
    {rows.map((row) => (
      <div key={row.id} className="queue-row" role="option" aria-selected={false}>
        <strong>{row.author}</strong> {row.text}
      </div>
    ))}
  </div>,
);
