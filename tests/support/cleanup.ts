/** Setup file (vitest.config.ts): each test file's temporary folders go when the file is done, so `make test` leaves nothing behind. */
import { afterAll } from "vitest";
import { removeTempDirs } from "./build.ts";

afterAll(removeTempDirs);
