// Expiry, as a person reads it. "Now" is the browser's clock.

/** Milliseconds until the given time; negative once it has passed. */
export function remainingUntil(time) {
  return time.getTime() - Date.now();
}

/** "Expires in 59 min", "Expires in 40 s", or "Expired 3 min ago". */
export function describeExpiry(time) {
  const remaining = remainingUntil(time);
  if (remaining > 0) {
    return `Expires in ${duration(remaining)}`;
  }
  return `Expired ${duration(-remaining)} ago`;
}

/** "40 s", "59 min", "3 h": how long, to the unit a person reads. */
export function duration(milliseconds) {
  const seconds = Math.floor(milliseconds / 1000);
  if (seconds < 60) {
    return `${seconds} s`;
  }
  const minutes = Math.floor(seconds / 60);
  if (minutes < 120) {
    return `${minutes} min`;
  }
  return `${Math.floor(minutes / 60)} h`;
}

/** A time of day with seconds, in the browser's locale and zone. */
export function clockTime(time) {
  return time.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });
}

/** Date and time, for times that may not be today. */
export function dateTime(time) {
  return time.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "medium" });
}
