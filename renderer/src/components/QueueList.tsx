// The middle pane: the queue, virtualised so 100,000 comments scroll like 10.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentSummary } from '../../../shared/types';
import { shortDate } from '../format/dates';
import { decodeEntities } from '../format/entities';
import { pendingActionLabel, statusLabel } from '../format/labels';
import { failedText } from '../i18n/messages';
import { ROW_HEIGHT } from './queue-metrics';

interface Props {
  items: CommentSummary[];
  selectedId: number | null;
  checked: ReadonlySet<number>;
  hasMore: boolean;
  loading: boolean;
  showStatus: boolean;
  showSite: boolean;
  empty: ReactNode;
  onSelect(id: number): void;
  onToggleCheck(id: number): void;
  onLoadMore(): void;
}

export function QueueList(props: Props) {
  const { items, selectedId, checked, hasMore, loading, onLoadMore } = props;
  const { t } = useTranslation(['queue', 'common']);
  // The rows' words, made once per language rather than by each row: on a cold load the rows are
  // most of the first render, and each translation call costs more than the row itself.
  const labels = useMemo<RowLabels>(
    () => ({
      anonymous: t('common:anonymous'),
      select: t('row.select'),
      likelySpam: t('row.likelySpam'),
      failed: t('row.failed'),
      flags: (count) => t('row.flags', { count }),
      type: (type) => t(`common:commentType.${type}`),
    }),
    [t],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    // A few rows beyond the view: enough for a wheel turn; each one more is paid on a cold load.
    overscan: 4,
    getItemKey: (index) => items[index]?.id ?? index,
    // A scroll re-renders the list with the next frame rather than synchronously inside the
    // scroll handler, so a key press is never held behind a forced render of every row.
    useFlushSync: false,
    // A first guess at the list's size, so the first rows are in the very first render instead of
    // waiting for a measurement (a forced layout) and a second render; corrected once measured.
    initialRect: { width: 420, height: typeof window === 'undefined' ? 800 : window.innerHeight },
  });
  const virtualRows = virtualizer.getVirtualItems();
  const lastVisible = virtualRows[virtualRows.length - 1]?.index ?? -1;

  // Fetch the next page before the user reaches the end.
  useEffect(() => {
    if (hasMore && !loading && lastVisible >= items.length - 20) onLoadMore();
  }, [hasMore, loading, lastVisible, items.length, onLoadMore]);

  const selectedIndex = selectedId === null ? -1 : items.findIndex((c) => c.id === selectedId);
  // Keep the selected row in view. Most key presses need no scrolling at all, and asking the
  // virtualiser to scroll reads the layout (a forced reflow per key): check against the offset it
  // already knows, and when the row has left the view put it a third of the way down, so the
  // next few j presses need no scroll either. The scroll is set in the frame about to be drawn, not
  // in the key's own task: there the DOM the key just changed would have to be laid out once for the
  // scroll and again for the frame; the row and the pane still appear together.
  useEffect(() => {
    const element = scroller.current;
    if (selectedIndex < 0 || !element) return;
    const top = selectedIndex * ROW_HEIGHT;
    const offset = virtualizer.scrollOffset ?? 0;
    const height = virtualizer.scrollRect?.height ?? element.clientHeight;
    if (top >= offset && top + ROW_HEIGHT <= offset + height) return;
    const frame = requestAnimationFrame(() => {
      element.scrollTop = Math.max(0, top - Math.floor(height / 3));
    });
    return () => cancelAnimationFrame(frame);
  }, [selectedIndex, virtualizer]);

  if (items.length === 0) {
    return (
      <div className="queue-empty" role="status">
        {loading ? <span className="spinner" role="img" aria-label={t('common:loading')} /> : props.empty}
      </div>
    );
  }

  return (
    <div
      ref={scroller}
      className="queue-scroll"
      role="listbox"
      aria-label={t('list')}
      aria-multiselectable="true"
      aria-activedescendant={selectedId !== null ? `comment-row-${selectedId}` : undefined}
      tabIndex={0}
    >
      <div className="queue-sizer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualRows.map((row) => {
          const comment = items[row.index];
          if (!comment) return null;
          return (
            <QueueRow
              key={row.key}
              comment={comment}
              top={row.start}
              selected={comment.id === selectedId}
              checked={checked.has(comment.id)}
              showStatus={props.showStatus}
              showSite={props.showSite}
              labels={labels}
              onSelect={props.onSelect}
              onToggleCheck={props.onToggleCheck}
            />
          );
        })}
      </div>
    </div>
  );
}

interface RowLabels {
  anonymous: string;
  select: string;
  likelySpam: string;
  failed: string;
  flags(count: number): string;
  type(type: Exclude<CommentSummary['type'], 'comment'>): string;
}

interface RowProps {
  labels: RowLabels;
  comment: CommentSummary;
  top: number;
  selected: boolean;
  checked: boolean;
  showStatus: boolean;
  showSite: boolean;
  onSelect(id: number): void;
  onToggleCheck(id: number): void;
}

/** Memoised: moving the selection re-renders two rows, not every visible one. */
const QueueRow = memo(function QueueRow({ comment, top, selected, checked, showStatus, showSite, labels, onSelect, onToggleCheck }: RowProps) {
  const author = decodeEntities(comment.authorName) || labels.anonymous;
  const classes = ['queue-row'];
  if (selected) classes.push('selected');
  if (checked) classes.push('checked');
  if (comment.likelySpam) classes.push('likely-spam');
  return (
    <div
      id={`comment-row-${comment.id}`}
      className={classes.join(' ')}
      role="option"
      aria-selected={selected}
      aria-checked={checked}
      data-comment-id={comment.id}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onMouseDown={(event) => {
        if ((event.target as HTMLElement).closest('.row-check')) return;
        onSelect(comment.id);
      }}
    >
      {/* A drawn box, not an <input>: a control inside an option is unreachable to assistive
          technology (axe: nested-interactive). The option says aria-checked; x toggles it. */}
      <span
        className={`row-check${checked ? ' on' : ''}`}
        aria-hidden="true"
        title={labels.select}
        onMouseDown={(event) => {
          event.stopPropagation();
          onToggleCheck(comment.id);
        }}
      />
      <div className="row-body">
        <div className="row-head">
          <span className="row-author">{author}</span>
          {comment.type !== 'comment' && <span className="badge neutral">{labels.type(comment.type)}</span>}
          <time className="row-date" dateTime={comment.date}>
            {shortDate(comment.date)}
          </time>
        </div>
        <div className="row-excerpt">{decodeEntities(comment.excerpt)}</div>
        <div className="row-meta">
          {showSite && <span className="row-site">{comment.siteName}</span>}
          {comment.postTitle && <span className="row-post">{comment.postTitle}</span>}
          <span className="row-badges">
            {showStatus && <span className={`badge status-${comment.localStatus}`}>{statusLabel(comment.localStatus)}</span>}
            {comment.likelySpam && <span className="badge danger">{labels.likelySpam}</span>}
            {comment.flagCount > 0 && !comment.likelySpam && (
              <span className="badge warning">{labels.flags(comment.flagCount)}</span>
            )}
            {comment.failedReason ? (
              <span className="badge danger" title={failedText(comment)}>
                {labels.failed}
              </span>
            ) : (
              comment.pendingAction && <span className="badge pending-action">{pendingActionLabel(comment.pendingAction)}</span>
            )}
          </span>
        </div>
      </div>
    </div>
  );
});
