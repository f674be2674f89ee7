import type { APIRoute } from 'astro';
import { familyCss } from '../lib/family-css';

export const GET: APIRoute = () => new Response(familyCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
