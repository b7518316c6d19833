import { runContract } from "./contract";

// Starts a throwaway PostgreSQL cluster (test/support/postgres.ts); fails plainly without one.
runContract("postgres");
