/**
 * 您的客户到访: a two-note chime made on the spot with the Web Audio API — no sound file to ship
 * and nothing fetched (the page's CSP allows only 'self').
 */
let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null;
  context ??= new AudioContext();
  return context;
}

/**
 * Browsers start audio only after someone has touched the page: the first touch or key at the desk
 * wakes the audio up, so the chime can sound later when nobody is touching anything.
 */
export function unlockAudioOnFirstTouch(): () => void {
  const unlock = () => {
    void audio()?.resume();
    remove();
  };
  const remove = () => {
    window.removeEventListener('pointerdown', unlock, { capture: true });
    window.removeEventListener('keydown', unlock, { capture: true });
  };
  window.addEventListener('pointerdown', unlock, { capture: true });
  window.addEventListener('keydown', unlock, { capture: true });
  return remove;
}

/** Ding-dong: two soft bell-like notes, loud enough across the floor, short enough not to annoy. */
export function playChime(): void {
  const ctx = audio();
  if (!ctx) return;
  void ctx.resume();
  const start = ctx.currentTime + 0.02;
  const notes: [frequency: number, at: number][] = [
    [987.77, 0], // B5
    [783.99, 0.42], // G5
  ];
  for (const [frequency, at] of notes) {
    for (const [multiple, level] of [
      [1, 0.32],
      [2, 0.08],
    ] as const) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = frequency * multiple;
      const t0 = start + at;
      gain.gain.setValueAtTime(0.0001, t0);
      gain.gain.exponentialRampToValueAtTime(level, t0 + 0.015);
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + 1.1);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t0);
      osc.stop(t0 + 1.15);
    }
  }
}
