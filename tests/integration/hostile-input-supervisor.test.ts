import { attackEvery } from '../helpers/hostile';

/** Issue 6 §4: random and hostile input at every method behind the supervisor's sign-in (see docs/bad-input.md). */
attackEvery(['session']);
