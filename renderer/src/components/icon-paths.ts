// The path data of Moderato's line icons (24×24 grid, stroked with currentColor). Plain data,
// no React: the first screen (first-screen.ts) draws its search icon from it before React loads.
export const ICON_PATHS = {
  pending: 'M12 7v5l3 2 M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18',
  approved: 'M5 12.5l4.5 4.5L19 7.5',
  spam: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18 M5.6 5.6l12.8 12.8',
  trash: 'M4 7h16 M9 7V4h6v3 M6 7l1 13h10l1-13 M10 11v6 M14 11v6',
  all: 'M4 6h16 M4 12h16 M4 18h16',
  flagged: 'M5 21V4 M5 4h11l-2 4 2 4H5',
  unsent: 'M12 19V6 M6.5 11.5L12 6l5.5 5.5 M5 3h14',
  failed: 'M12 3L2 20h20L12 3 M12 10v4 M12 17v.5',
  settings:
    'M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6 M12 2v3 M12 19v3 M2 12h3 M19 12h3 M4.9 4.9l2.1 2.1 M17 17l2.1 2.1 M4.9 19.1L7 17 M17 7l2.1-2.1',
  site: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18 M3 12h18 M12 3c3 3 3 15 0 18 M12 3c-3 3-3 15 0 18',
  search: 'M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14 M16 16l4.5 4.5',
  sync: 'M20 12a8 8 0 0 1-14.5 4.7 M4 12a8 8 0 0 1 14.5-4.7 M19 3v4.5h-4.5 M5 21v-4.5h4.5',
  reply: 'M10 8L4 13l6 5 M4 13h10a6 6 0 0 1 6 6',
  edit: 'M4 20h4L19 9l-4-4L4 16v4 M13.5 6.5l4 4',
  undo: 'M9 14L4 9l5-5 M4 9h11a5 5 0 0 1 0 10h-3',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1 M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  offline: 'M3 3l18 18 M8.5 16.5a5 5 0 0 1 7 0 M5 12.5a10 10 0 0 1 4-2.3 M19 12.5a10 10 0 0 0-2.5-1.8 M12 20h.01',
  close: 'M6 6l12 12 M18 6L6 18',
  keyboard: 'M3 6h18v12H3z M7 10h.01 M11 10h.01 M15 10h.01 M8 14h8',
  unreplied: 'M4 5h16v11H10l-5 4v-4H4z M9 10.5h.01 M12 10.5h.01 M15 10.5h.01',
  'likely-fine': 'M2.5 12.5l4 4L15 8 M10 16.5l.5.5L21.5 7',
} as const;

export type IconName = keyof typeof ICON_PATHS;
