'use strict';
// Runs in every test file before its modules load (jest `setupFiles`): the set clock of TEST_TODAY.
const { testToday, shiftClock } = require('./clock');

const at = testToday();
if (at !== undefined) shiftClock(globalThis, at);
