export * from "./common";
export * from "./problem";
export * from "./prompts";
export * from "./rounds";
export * from "./answers";
export * from "./history";
export * from "./dev";
