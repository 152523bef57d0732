/** Something in the content an author must fix: where, which field or rule, and what is wrong. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}
