import { attackEvery } from '../helpers/hostile';

/** Issue 6 §4: random and hostile input at every method the desk and the kiosk call (see docs/bad-input.md). */
attackEvery(['none', 'pin']);
