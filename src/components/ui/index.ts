// The design system's primitives that render on the server as well as in the browser. The
// client components (text-area, dialog, toast, dictation-field, print-button, use-hydrated)
// are imported by their own path: a server component that imports this file for a Button
// must not put a dialog or the microphone's code on its page.
export { Button, buttonClasses, type ButtonProps } from "./button";
export { LinkButton } from "./link-button";
export { Card } from "./card";
export { Field, Input, inputClasses } from "./field";
export { CodeInput } from "./code-input";
export { Progress } from "./progress";
export { cx } from "./cx";
export { Icon } from "./icon";
