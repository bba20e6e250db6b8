// The landing feature's entry: the home page of each locale.
export { LandingPage } from "./components/landing-page";
