/** How a share is rated, in a word and a colour alike: good, fair, poor, no data, or shown but not rated (info). */
export type Rating = 'good' | 'fair' | 'poor' | 'none' | 'info';
