import '@verikit/ui/styles.css';
import { VerificationProvider } from '@verikit/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SignupForm } from './SignupForm';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <main
      style={{
        fontFamily: 'system-ui, sans-serif',
        maxWidth: '32rem',
        margin: '2rem auto',
        padding: '0 1rem',
      }}
    >
      <h1>Create your account</h1>
      {/* The proxy's Express middleware answers under /api/verification (server.js). */}
      <VerificationProvider baseUrl="/api/verification">
        <SignupForm />
      </VerificationProvider>
    </main>
  </StrictMode>,
);
