import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode } from 'graphql';
import { checkTextInput } from '@par/kernel';

/** Arguments and input fields that hold a whole document (a framework definition), bounded by the request size only. */
const DOCUMENT_FIELDS = new Set(['definition']);

/** Every string in a variables value, with the name of the field that holds it (the last object key on its path). */
function checkValue(value: unknown, field: string): void {
  if (typeof value === 'string') checkTextInput(field, value, { document: DOCUMENT_FIELDS.has(field) });
  else if (Array.isArray(value)) for (const v of value) checkValue(v, field);
  else if (value !== null && typeof value === 'object' && !(value instanceof Promise) && !('createReadStream' in value)) {
    for (const [k, v] of Object.entries(value)) checkValue(v, k);
  }
}

/** Every string literal written into the operation, named by the argument or input field it is given to. */
function checkLiterals(document: DocumentNode): void {
  visit(document, {
    Argument(node) {
      if (node.value.kind === Kind.STRING)
        checkTextInput(node.name.value, node.value.value, { document: DOCUMENT_FIELDS.has(node.name.value) });
    },
    ObjectField(node) {
      if (node.value.kind === Kind.STRING)
        checkTextInput(node.name.value, node.value.value, { document: DOCUMENT_FIELDS.has(node.name.value) });
    },
  });
}

/**
 * Applies the platform's text rule (`checkTextInput`: no control characters, at most 10,000 characters outside
 * documents) to every string a request carries, in its variables and in its literals, before anything resolves: a
 * refusal is a coded error (TEXT_CONTROL_CHARACTER, TEXT_TOO_LONG) and nothing is written. One place for every
 * operation of every subgraph, so no new mutation can forget it.
 */
export function textInputPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          checkLiterals(document);
          for (const [name, value] of Object.entries(request.variables ?? {})) checkValue(value, name);
        },
      };
    },
  };
}
