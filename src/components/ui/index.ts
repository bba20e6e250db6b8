export { Button, buttonClasses, type ButtonProps } from "./button";
export { LinkButton } from "./link-button";
export { Card } from "./card";
export { Field, Input, inputClasses } from "./field";
export { TextArea } from "./text-area";
export { Progress } from "./progress";
export { Dialog } from "./dialog";
export { ToastProvider, useToast } from "./toast";
export { cx } from "./cx";
