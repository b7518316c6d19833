import { runContract } from "./contract";

runContract("sqlite");
