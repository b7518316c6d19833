import { runFuzz } from "./fuzz";

// Starts a throwaway PostgreSQL cluster (test/support/postgres.ts); fails plainly without one.
runFuzz("postgres");
