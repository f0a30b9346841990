// Every call to the service: bearer token, JSON or multipart bodies, problem+json errors as ApiError.
import * as session from './session.js';
import {t} from './i18n.js';

/** A refused or failed call: the status and the problem+json body (type, title, detail, errors...). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || 'HTTP ' + status);
    this.status = status;
    this.problem = problem;
  }
}

/** A random key for the Idempotency-Key header (crypto.randomUUID needs https, handhelds may use http). */
export function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map(b => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Calls the API and answers the JSON body; throws ApiError on anything but a 2xx. */
export async function api(path, options = {}) {
  return (await tagged(path, options)).value;
}

/**
 * Calls the API and answers the JSON body with its ETag: send that back as ifMatch and the service refuses
 * the change (412) if someone else changed the resource meanwhile.
 */
export async function tagged(path, {method = 'GET', body, key, ifMatch} = {}) {
  const response = await send(path, method, body, key, ifMatch);
  const text = await response.text();
  return {value: text ? JSON.parse(text) : null, etag: response.headers.get('ETag')};
}

/** Calls the API for a binary answer (a PNG label, a PDF, a CSV file). */
export async function blob(path) {
  return (await send(path, 'GET')).blob();
}

/** GETs a list whether the endpoint answers a page {items...} or a plain array. */
export async function items(path) {
  const answer = await api(path);
  return Array.isArray(answer) ? answer : answer.items;
}

async function send(path, method, body, key, ifMatch) {
  const headers = {Accept: 'application/json, application/problem+json, */*'};
  const token = session.current()?.token;
  if (token) headers.Authorization = 'Bearer ' + token;
  if (key) headers['Idempotency-Key'] = key;
  if (ifMatch) headers['If-Match'] = ifMatch;
  if (body !== undefined && !(body instanceof FormData)) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, {method, headers, body});
  } catch (e) {
    throw new ApiError(0, {title: t('error.network'), detail: t('error.network.detail')});
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401 && token) {
      session.clear();
      window.dispatchEvent(new Event('session-expired'));
    }
    throw new ApiError(response.status, problem);
  }
  return response;
}

async function readProblem(response) {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (e) {
    return {status: response.status, title: 'HTTP ' + response.status, detail: text.slice(0, 300)};
  }
}

/** Whether sending the same request again (with the same key) may succeed: lost answers and 503s. */
export function retryable(error) {
  return error instanceof ApiError && (error.status === 0 || error.status === 503 || error.status === 502
    || error.status === 504);
}
