import { runFuzz } from "./fuzz";

runFuzz("sqlite");
