// Short WebAudio beeps, so a storekeeper hears the result without looking at the screen.
let audio = null;

function tone(frequency, start, duration) {
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.type = 'square';
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0.08, audio.currentTime + start);
  gain.gain.setValueAtTime(0, audio.currentTime + start + duration);
  oscillator.connect(gain).connect(audio.destination);
  oscillator.start(audio.currentTime + start);
  oscillator.stop(audio.currentTime + start + duration + 0.02);
}

function context() {
  audio ??= window.AudioContext ? new AudioContext() : null;
  if (audio?.state === 'suspended') audio.resume();
  return audio;
}

/** One high beep: done. */
export function success() {
  if (context()) tone(1760, 0, 0.08);
}

/** Two low beeps: refused, look at the screen. */
export function failure() {
  if (!context()) return;
  tone(220, 0, 0.18);
  tone(180, 0.25, 0.25);
}
