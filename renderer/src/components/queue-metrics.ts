// The queue row's height, in one place: the virtualised list (QueueList) and the first screen
// painted before React (first-screen.ts) lay rows out on the same grid.
export const ROW_HEIGHT = 84;
