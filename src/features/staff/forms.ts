// The staff forms' parts for other features' client components: safe in the browser, unlike
// index.ts (server code). Their server actions use parseForm and guarded from index.ts.
export {
  CheckboxGroup,
  FormMessage,
  SelectField,
  SubmitButton,
  TextField,
  useFieldError,
} from "./components/form-parts";
export { IDLE, type FormError, type FormState } from "./form-state";
