/** A phone-sized window or a mobile browser at most this wide (CSS px) is a phone. */
const PHONE_MAX_WIDTH = 480;

/** `mobile` on phones and tablets (by user agent) or in a phone-sized window, else `desktop`. */
export const deviceClass = (win: Window): 'mobile' | 'desktop' =>
  /Mobi|Android|iPhone|iPad/i.test(win.navigator.userAgent) || win.innerWidth <= PHONE_MAX_WIDTH ? 'mobile' : 'desktop';
