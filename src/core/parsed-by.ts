import * as v from 'valibot';

/**
 * A schema as the validator storage readers take (`SafeStorage.readJson`): the parsed value, or undefined when
 * the stored value does not have the schema's shape. Every stored and imported value is checked by a valibot
 * schema, its type inferred from it.
 */
export const parsedBy =
  <S extends v.GenericSchema>(schema: S) =>
  (value: unknown): v.InferOutput<S> | undefined => {
    const parsed = v.safeParse(schema, value);
    return parsed.success ? parsed.output : undefined;
  };
