import { SignupForm } from './SignupForm';

export default function SignupPage() {
  return (
    <main>
      <h1>Create your account</h1>
      <SignupForm />
    </main>
  );
}
