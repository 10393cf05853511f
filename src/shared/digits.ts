// Shared by the date checks of the loaders and the date arithmetic of compute, which read dates digit by digit.

/** The number written by the ASCII digits from `start` to `end` of `text`. */
export function digits(text: string, start: number, end: number): number {
  let number = 0;
  for (let index = start; index < end; index++) number = number * 10 + text.charCodeAt(index) - 48;
  return number;
}
