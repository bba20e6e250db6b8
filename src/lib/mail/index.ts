export { sendMail, mailIsDelivered, type Mail, type OutboxMail } from "./mail";
