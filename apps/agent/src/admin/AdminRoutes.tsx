/** Admin area (filled in below). */
export function AdminRoutes() {
  return null;
}
