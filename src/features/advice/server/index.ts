// The advice feature's server surface: storing advice from the pathway or a classroom session.
import "server-only";

export { storeAdvice, type AdviceContext } from "./store-advice";
