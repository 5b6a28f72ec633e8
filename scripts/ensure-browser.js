#!/usr/bin/env node
/** Placeholder: the browser tests' Chromium check (filled in with the test split). */
