// A barcode scanner is a keyboard that types a whole code in a few milliseconds and presses Enter.
// These keystroke bursts are caught wherever the focus is (an input, a button, nothing), and told
// apart from a person typing by the time between keys.

/** Keys closer than maxGapMs belong to one burst; a burst of at least minLength characters + Enter is a scan. */
export class BurstDetector {
  constructor({maxGapMs = 50, minLength = 3} = {}) {
    this.maxGapMs = maxGapMs;
    this.minLength = minLength;
    this.buffer = '';
    this.last = -Infinity;
  }

  /** Feeds one printable character; answers true when it starts a new burst. */
  character(char, time) {
    const starts = time - this.last > this.maxGapMs;
    if (starts) this.buffer = '';
    this.buffer += char;
    this.last = time;
    return starts;
  }

  /** Ends the current burst: what comes next starts a new one (a click or another field in between). */
  reset() {
    this.buffer = '';
    this.last = -Infinity;
  }

  /** Feeds Enter; answers the scanned code, or null when what came before was typed by a person. */
  enter(time) {
    const code = time - this.last <= this.maxGapMs && this.buffer.length >= this.minLength ? this.buffer : null;
    this.buffer = '';
    this.last = -Infinity;
    return code;
  }
}

/**
 * Listens on the whole window (capture phase, before any input or button sees the keys) and calls onScan(code)
 * for each scan. The Enter of a scan is swallowed, so it never submits a form or clicks the focused button, and
 * an input that received the burst gets its value back. Answers the function that stops listening.
 */
export function listenForScans(onScan, options) {
  const detector = new BurstDetector(options);
  let field = null;
  let target = null;
  let before = '';
  const onKeyDown = event => {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    if (event.key.length === 1) {
      // A scanner types its whole code into one place: keys that land elsewhere start a new burst.
      if (event.target !== target) detector.reset();
      target = event.target;
      if (detector.character(event.key, event.timeStamp)) {
        field = 'value' in event.target ? event.target : null;
        before = field ? field.value : '';
      }
    } else if (event.key === 'Enter') {
      const code = detector.enter(event.timeStamp);
      if (code === null) return;
      event.preventDefault();
      event.stopPropagation();
      if (field && field.value !== before) field.value = before;
      onScan(code);
    }
  };
  // A scanner never clicks: a click between keys ends the burst (typing, a click, then a scan are never one code).
  const onPointer = () => detector.reset();
  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('pointerdown', onPointer, true);
  return () => {
    window.removeEventListener('keydown', onKeyDown, true);
    window.removeEventListener('pointerdown', onPointer, true);
  };
}
