export default function P() {
  return <h1>benchmark</h1>;
}
