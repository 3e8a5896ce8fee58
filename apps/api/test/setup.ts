import { afterEach, expect } from "vitest";

// pg 9 will refuse a query sent on a client that is still busy (Promise.all inside a transaction,
// or a query from a pool's connect hook). pg 8 only warns; here that warning fails the test.
const overlapping: string[] = [];
process.on("warning", (warning) => {
  if (warning.name === "DeprecationWarning" && /already executing a query/.test(warning.message))
    overlapping.push(warning.message);
});

afterEach(() => {
  expect(overlapping.splice(0), "queries overlapped on one pg client").toEqual([]);
});
