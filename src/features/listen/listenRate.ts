import { storedState } from '../../lib/storedState';

// The reader's listening speed, remembered in this browser for every story.

export const rates = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;

/** As the speed menu shows it: "1.25×". */
export const rateLabel = (rate: number) => `${String(rate)}×`;

export const listenRate = storedState<number>({
  key: 'broadsheet:listen-rate',
  validate: (value) => rates.find((rate) => rate === value),
  fallback: 1,
  // A speed storage refuses still holds while this page is open.
  holdUnstored: true,
});
